; Test that a main taking only (i32 argc) is called with the argument count (file and arguments), as lli does, and exits with its result.
; RUN: sh -c '%simple-jit %s one two; echo "exit=$?"' | FileCheck %s
; RUN: sh -c '%lli %s one two; echo "exit=$?"' | FileCheck %s
; CHECK: argc=3
; CHECK-NEXT: exit=3
@argc_format = private constant [9 x i8] c"argc=%d\0A\00"
declare i32 @printf(ptr, ...)
define i32 @main(i32 %argc) {
  call i32 (ptr, ...) @printf(ptr @argc_format, i32 %argc)
  ret i32 %argc
}
