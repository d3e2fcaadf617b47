; Test that rt_value_type_name names every kind of value.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  call void @tn(i64 40)
; CHECK: int
  %f = call i64 @rt_value_float(double 0.5)
  call void @tn(i64 %f)
; CHECK-NEXT: float
  call void @tn(i64 11)
; CHECK-NEXT: bool
  call void @tn(i64 19)
; CHECK-NEXT: bool
  call void @tn(i64 3)
; CHECK-NEXT: nil
  ; special payload 3 is a symbol id
  call void @tn(i64 27)
; CHECK-NEXT: symbol
  %s = call i64 @rt_string_new(ptr null, i64 0)
  call void @tn(i64 %s)
; CHECK-NEXT: string
  %a = call i64 @rt_array_new(i64 0)
  call void @tn(i64 %a)
; CHECK-NEXT: array
  %t = call i64 @rt_tuple_new(i64 1)
  call void @tn(i64 %t)
; CHECK-NEXT: tuple
  %d = call i64 @rt_dict_new(i64 0)
  call void @tn(i64 %d)
; CHECK-NEXT: dict
  %o = call i64 @rt_object_new(i64 1, i64 1)
  call void @tn(i64 %o)
; CHECK-NEXT: object
  %c = call i64 @rt_closure_new(ptr null, i64 0)
  call void @tn(i64 %c)
; CHECK-NEXT: closure
  %e = call i64 @rt_enum_new(i64 1, i64 0, i64 3)
  call void @tn(i64 %e)
; CHECK-NEXT: enum
  %u = call i64 @rt_unique_new(i64 8)
  call void @tn(i64 %u)
; CHECK-NEXT: unique
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

define internal void @tn(i64 %v) {
  %n = call i64 @rt_value_type_name(i64 %v)
  call void @rt_println_value(i64 %n)
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
declare i64 @rt_value_type_name(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_unique_new(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_object_new(i64, i64)
declare i64 @rt_closure_new(ptr, i64)
declare i64 @rt_enum_new(i64, i64, i64)
