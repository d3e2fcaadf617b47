; Test that once rt_unique_free ends the root, 16 MB strings reachable only through their boxes are collected.
; The collector scans stacks conservatively, so a stale copy of one pointer may keep one string alive a
; while; 20 boxed-and-freed strings (320 MB if free kept them) must leave well under 8 of them live.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

declare ptr @malloc(i64)
declare void @free(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

; Makes the string in a separate frame, wiping the C buffer, so main only holds the box.
define internal i64 @make_box() noinline {
  %buf = call ptr @malloc(i64 16777216)
  call void @llvm.memset.p0.i64(ptr %buf, i8 120, i64 16777216, i1 false)
  %s = call i64 @rt_string_new(ptr %buf, i64 16777216)
  call void @free(ptr %buf)
  %u = call i64 @rt_unique_new(i64 %s)
  ret i64 %u
}

; Overwrites stack space below main's frame that make_box used.
define internal void @scrub() noinline {
  %junk = alloca [4096 x i8]
  call void @llvm.memset.p0.i64(ptr %junk, i8 0, i64 4096, i1 true)
  ret void
}

define internal void @collect_many() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %loop ]
  %garbage = call i64 @rt_array_new(i64 64)
  call void @rt_gc_collect()
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 50
  br i1 %d, label %out, label %loop
out:
  ret void
}

; Prints the boxed string's length and last byte (in its own frame, so main never holds the string).
define internal void @check_box(i64 %u) noinline {
  %s = call i64 @rt_unique_get(i64 %u)
  %len = call i64 @rt_string_len(i64 %s)
  call void @pi(i64 %len)
  %p = call ptr @rt_string_data(i64 %s)
  %last = getelementptr i8, ptr %p, i64 16777215
  %b = load i8, ptr %last
  %bv = zext i8 %b to i64
  call void @pi(i64 %bv)
  ret void
}

; Boxes, checks and frees the string; returns the live bytes measured while the box held it.
define internal i64 @use_and_free() noinline {
  %u = call i64 @make_box()
  call void @scrub()
  call void @collect_many()
  call void @check_box(i64 %u)
  call void @scrub()
  call void @rt_gc_collect()
  %live1 = call i64 @rt_gc_stats(i64 1)
  %f = call i64 @rt_unique_free(i64 %u)
  call void @pi(i64 %f)
  ret i64 %live1
}

define i32 @main() {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %live = call i64 @use_and_free()
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, 20
  br i1 %done, label %after, label %loop
after:
; Each round prints the string's length, its last byte and rt_unique_free's result.
; CHECK-COUNT-20: 16777216{{$}}
; CHECK-NEXT: 120
; CHECK-NEXT: 1
  call void @pi(i64 %next)
; CHECK-NEXT: 20
  ; the box held the string while it was alive
  %big1 = icmp sge i64 %live, 16777216
  %big1v = zext i1 %big1 to i64
  call void @pi(i64 %big1v)
; CHECK-NEXT: 1
  ; nothing refers to the boxes or the strings any more
  call void @scrub()
  call void @collect_many()
  %live2 = call i64 @rt_gc_stats(i64 1)
  %small = icmp slt i64 %live2, 134217728
  %smallv = zext i1 %small to i64
  call void @pi(i64 %smallv)
; CHECK-NEXT: 1
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

; Prints a plain i64 as an int value.
define internal void @pi(i64 %x) {
  %v = call i64 @rt_value_int(i64 %x)
  call void @rt_println_value(i64 %v)
  ret void
}

; Prints "error CODE: MESSAGE" for the last recorded error, then clears it.
@.err.prefix = private constant [6 x i8] c"error "
@.err.sep = private constant [2 x i8] c": "
define internal void @err() {
  %c = call i64 @rt_error_code()
  %cv = call i64 @rt_value_int(i64 %c)
  call void @rt_print_str(ptr @.err.prefix, i64 6)
  call void @rt_print_value(i64 %cv)
  call void @rt_print_str(ptr @.err.sep, i64 2)
  %m = call i64 @rt_error_message()
  call void @rt_println_value(i64 %m)
  call void @rt_error_clear()
  ret void
}

declare i64 @rt_error_code()
declare i64 @rt_error_message()
declare void @rt_error_clear()
declare i64 @rt_value_int(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare void @rt_gc_collect()
declare i64 @rt_gc_stats(i64)
declare i64 @rt_unique_new(i64)
declare i64 @rt_unique_get(i64)
declare i64 @rt_unique_free(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_len(i64)
declare ptr @rt_string_data(i64)
