; Test that rt_array_slice returns a new array of [start, end) with negative bounds from the end, clamped bounds, and empty when start >= end.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
entry:
  %a = call i64 @rt_array_new(i64 0)
  br label %fill
fill:
  %i = phi i64 [ 0, %entry ], [ %n, %fill ]
  %v = shl i64 %i, 3
  call i64 @rt_array_push(i64 %a, i64 %v)
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 5
  br i1 %d, label %go, label %fill
go:
  call void @sl(i64 %a, i64 1, i64 3)
; CHECK: [1, 2]
  call void @sl(i64 %a, i64 -2, i64 5)
; CHECK-NEXT: [3, 4]
  call void @sl(i64 %a, i64 -100, i64 100)
; CHECK-NEXT: [0, 1, 2, 3, 4]
  call void @sl(i64 %a, i64 3, i64 1)
; CHECK-NEXT: []
  call void @sl(i64 %a, i64 0, i64 -1)
; CHECK-NEXT: [0, 1, 2, 3]
  call void @sl(i64 %a, i64 7, i64 9)
; CHECK-NEXT: []
  ; the slice is a copy
  %c = call i64 @rt_array_slice(i64 %a, i64 0, i64 2)
  call i64 @rt_array_set(i64 %c, i64 0, i64 800)
  call void @rt_println_value(i64 %c)
; CHECK-NEXT: [100, 1]
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [0, 1, 2, 3, 4]
  call void @err()
; CHECK-NEXT: error 0:
  %bad = call i64 @rt_array_slice(i64 40, i64 0, i64 1)
  call void @rt_println_value(i64 %bad)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_array_slice: {{.+}}
  ret i32 0
}

define internal void @sl(i64 %a, i64 %s, i64 %e) {
  %r = call i64 @rt_array_slice(i64 %a, i64 %s, i64 %e)
  call void @rt_println_value(i64 %r)
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
declare i64 @rt_array_new(i64)
declare i64 @rt_array_set(i64, i64, i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_slice(i64, i64, i64)
