; Test that array functions given garbage bits (a heap tag on a non-object, tags 4-7, an interior pointer) return their error value and record a bad-value error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %l = call i64 @rt_array_len(i64 u0x7fff12345671)
  call void @pi(i64 %l)
; CHECK: -1
  call void @err()
; CHECK-NEXT: error 1: rt_array_len: {{.+}}
  %l2 = call i64 @rt_array_len(i64 u0x7fff12345674)
  call void @pi(i64 %l2)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 1: rt_array_len: {{.+}}
  ; a heap tag 8 bytes into a live array
  %a = call i64 @rt_array_new(i64 4)
  %inner = add i64 %a, 8
  %l3 = call i64 @rt_array_len(i64 %inner)
  call void @pi(i64 %l3)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 1: rt_array_len: {{.+}}
  %p = call i64 @rt_array_push(i64 u0x7fff12345671, i64 8)
  call void @pi(i64 %p)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_array_push: {{.+}}
  %q = call i64 @rt_array_push(i64 %a, i64 u0x7fff12345677)
  call void @pi(i64 %q)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_array_push: {{.+}}
  %c = call i64 @rt_array_clear(i64 6)
  call void @pi(i64 %c)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_array_clear: {{.+}}
  %o = call i64 @rt_array_pop(i64 5)
  call void @rt_println_value(i64 %o)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_array_pop: {{.+}}
  %len = call i64 @rt_array_len(i64 %a)
  call void @pi(i64 %len)
; CHECK-NEXT: 0
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
declare i64 @rt_array_len(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_pop(i64)
declare i64 @rt_array_clear(i64)
