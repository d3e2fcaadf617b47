; Test that a closure of a null function pointer with no captures is a valid closure whose rt_closure_func_ptr is null without an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %c = call i64 @rt_closure_new(ptr null, i64 0)
  %tn = call i64 @rt_value_type_name(i64 %c)
  call void @rt_println_value(i64 %tn)
; CHECK: closure
  %fp = call ptr @rt_closure_func_ptr(i64 %c)
  %isnull = icmp eq ptr %fp, null
  %in = zext i1 %isnull to i64
  call void @pi(i64 %in)
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
declare i64 @rt_value_type_name(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_closure_new(ptr, i64)
declare ptr @rt_closure_func_ptr(i64)
