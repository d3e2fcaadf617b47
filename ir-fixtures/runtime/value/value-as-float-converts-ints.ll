; Test that rt_value_as_float reads floats and converts int values to their number.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %f = call i64 @rt_value_float(double 2.5)
  %a = call double @rt_value_as_float(i64 %f)
  call void @pf(double %a)
; CHECK: 2.5
  %i = call i64 @rt_value_int(i64 -3)
  %b = call double @rt_value_as_float(i64 %i)
  call void @pf(double %b)
; CHECK-NEXT: -3.0
  %c = fadd double %b, 0.5
  call void @pf(double %c)
; CHECK-NEXT: -2.5
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

; Prints a double as a float value.
define internal void @pf(double %x) {
  %v = call i64 @rt_value_float(double %x)
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
declare i64 @rt_value_float(double)
declare double @rt_value_as_float(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
