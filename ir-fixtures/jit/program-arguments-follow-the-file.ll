; Test that arguments after the IR file reach main as argv[1..], argv[0] is the file, argv[argc] is NULL.
; RUN: %simple-jit %s first -O2 "with space" | FileCheck %s -DFILE=%s
; CHECK: argc=4
; CHECK-NEXT: [[FILE]]
; CHECK-NEXT: first
; CHECK-NEXT: -O2
; CHECK-NEXT: with space
; CHECK-NEXT: argv[argc] is null
@argc_format = private constant [9 x i8] c"argc=%d\0A\00"
@null_text = private constant [19 x i8] c"argv[argc] is null\00"
declare i32 @printf(ptr, ...)
declare i32 @puts(ptr)
define i32 @main(i32 %argc, ptr %argv) {
entry:
  call i32 (ptr, ...) @printf(ptr @argc_format, i32 %argc)
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %next, %loop ]
  %slot = getelementptr ptr, ptr %argv, i32 %i
  %arg = load ptr, ptr %slot
  call i32 @puts(ptr %arg)
  %next = add i32 %i, 1
  %more = icmp slt i32 %next, %argc
  br i1 %more, label %loop, label %end
end:
  %last = getelementptr ptr, ptr %argv, i32 %argc
  %terminator = load ptr, ptr %last
  %isnull = icmp eq ptr %terminator, null
  br i1 %isnull, label %ok, label %bad
ok:
  call i32 @puts(ptr @null_text)
  ret i32 0
bad:
  ret i32 1
}
