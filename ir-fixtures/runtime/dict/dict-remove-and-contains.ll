; Test that rt_dict_contains reports a key, and rt_dict_remove returns the removed value, or nil without an error when the key is absent.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %d = call i64 @rt_dict_new(i64 4)
  call i64 @rt_dict_set(i64 %d, i64 8, i64 80)
  call i64 @rt_dict_set(i64 %d, i64 16, i64 3)
  %c1 = call i64 @rt_dict_contains(i64 %d, i64 8)
  call void @pi(i64 %c1)
; CHECK: 1
  ; a key whose value is nil is present
  %c2 = call i64 @rt_dict_contains(i64 %d, i64 16)
  call void @pi(i64 %c2)
; CHECK-NEXT: 1
  %c3 = call i64 @rt_dict_contains(i64 %d, i64 24)
  call void @pi(i64 %c3)
; CHECK-NEXT: 0
  %r = call i64 @rt_dict_remove(i64 %d, i64 8)
  call void @rt_println_value(i64 %r)
; CHECK-NEXT: 10
  %c4 = call i64 @rt_dict_contains(i64 %d, i64 8)
  call void @pi(i64 %c4)
; CHECK-NEXT: 0
  %r2 = call i64 @rt_dict_remove(i64 %d, i64 8)
  call void @rt_println_value(i64 %r2)
; CHECK-NEXT: nil
  %l = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %l)
; CHECK-NEXT: 1
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: {2: nil}
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
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_set(i64, i64, i64)
declare i64 @rt_dict_contains(i64, i64)
declare i64 @rt_dict_remove(i64, i64)
