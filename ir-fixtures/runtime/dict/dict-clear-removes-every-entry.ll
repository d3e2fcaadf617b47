; Test that rt_dict_clear empties a dict, which stays usable.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %d = call i64 @rt_dict_new(i64 0)
  call i64 @rt_dict_set(i64 %d, i64 8, i64 8)
  call i64 @rt_dict_set(i64 %d, i64 16, i64 16)
  %c = call i64 @rt_dict_clear(i64 %d)
  call void @pi(i64 %c)
; CHECK: 1
  %l = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %l)
; CHECK-NEXT: 0
  %g = call i64 @rt_dict_get(i64 %d, i64 8)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: nil
  call i64 @rt_dict_set(i64 %d, i64 24, i64 24)
  call void @rt_println_value(i64 %d)
; CHECK-NEXT: {3: 3}
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
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)
declare i64 @rt_dict_clear(i64)
