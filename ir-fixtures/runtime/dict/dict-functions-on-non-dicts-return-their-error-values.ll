; Test that rt_dict_len, get, clear, keys, values, contains and remove given a non-dict or garbage return -1 / nil / 0 and record an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %t = call i64 @rt_tuple_new(i64 1)
  %a = call i64 @rt_dict_len(i64 %t)
  call void @pi(i64 %a)
; CHECK: -1
  call void @err()
; CHECK-NEXT: error 2: rt_dict_len: {{.+}}
  %b = call i64 @rt_dict_get(i64 u0x7fff12345671, i64 8)
  call void @rt_println_value(i64 %b)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_dict_get: {{.+}}
  %c = call i64 @rt_dict_clear(i64 3)
  call void @pi(i64 %c)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_dict_clear: {{.+}}
  %k = call i64 @rt_dict_keys(i64 %t)
  call void @rt_println_value(i64 %k)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_dict_keys: {{.+}}
  %v = call i64 @rt_dict_values(i64 u0x7fff12345676)
  call void @rt_println_value(i64 %v)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_dict_values: {{.+}}
  %d = call i64 @rt_dict_new(i64 0)
  %ct = call i64 @rt_dict_contains(i64 %d, i64 u0x7fff12345671)
  call void @pi(i64 %ct)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 1: rt_dict_contains: {{.+}}
  %ct2 = call i64 @rt_dict_contains(i64 40, i64 8)
  call void @pi(i64 %ct2)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_dict_contains: {{.+}}
  %r = call i64 @rt_dict_remove(i64 %d, i64 u0x7fff12345675)
  call void @rt_println_value(i64 %r)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_dict_remove: {{.+}}
  %g = call i64 @rt_dict_get(i64 %d, i64 u0x7fff12345671)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_dict_get: {{.+}}
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
declare i64 @rt_tuple_new(i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_clear(i64)
declare i64 @rt_dict_keys(i64)
declare i64 @rt_dict_values(i64)
declare i64 @rt_dict_contains(i64, i64)
declare i64 @rt_dict_remove(i64, i64)
