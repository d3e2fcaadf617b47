; Test that rt_array_insert with an index outside [-length, length], garbage bits or a non-array returns 0 and records an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_array_new(i64 0)
  call i64 @rt_array_push(i64 %a, i64 8)
  %r1 = call i64 @rt_array_insert(i64 %a, i64 2, i64 16)
  call void @pi(i64 %r1)
; CHECK: 0
  call void @err()
; CHECK-NEXT: error 3: rt_array_insert: {{.+}}
  %r2 = call i64 @rt_array_insert(i64 %a, i64 -2, i64 16)
  call void @pi(i64 %r2)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 3: rt_array_insert: {{.+}}
  %r3 = call i64 @rt_array_insert(i64 %a, i64 0, i64 u0x7fff12345675)
  call void @pi(i64 %r3)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_array_insert: {{.+}}
  %r4 = call i64 @rt_array_insert(i64 3, i64 0, i64 8)
  call void @pi(i64 %r4)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_array_insert: {{.+}}
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [1]
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
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_insert(i64, i64, i64)
