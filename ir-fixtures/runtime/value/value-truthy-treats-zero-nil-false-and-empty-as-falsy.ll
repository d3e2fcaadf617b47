; Test that rt_value_truthy is 0 for false, nil, 0, 0.0, -0.0 and empty strings, arrays and dicts, and 1 otherwise.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@a = private constant [1 x i8] c"a"

define i32 @main() {
  ; Falsy: false, nil, 0, 0.0, -0.0, "", [], {}
  call void @t(i64 19)
  call void @t(i64 3)
  call void @t(i64 0)
  %z = call i64 @rt_value_float(double 0.0)
  call void @t(i64 %z)
  %nz = call i64 @rt_value_float(double -0.0)
  call void @t(i64 %nz)
  %es = call i64 @rt_string_new(ptr null, i64 0)
  call void @t(i64 %es)
  %ea = call i64 @rt_array_new(i64 4)
  call void @t(i64 %ea)
  %ed = call i64 @rt_dict_new(i64 4)
  call void @t(i64 %ed)
; CHECK: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 0
; CHECK-NEXT: 0
  ; Truthy: true, -1, 0.5, "a", [0], {0: 0}, an object with no fields
  call void @t(i64 11)
  call void @t(i64 -8)
  %h = call i64 @rt_value_float(double 0.5)
  call void @t(i64 %h)
  %s = call i64 @rt_string_new(ptr @a, i64 1)
  call void @t(i64 %s)
  call i64 @rt_array_push(i64 %ea, i64 0)
  call void @t(i64 %ea)
  call i64 @rt_dict_set(i64 %ed, i64 0, i64 0)
  call void @t(i64 %ed)
  %o = call i64 @rt_object_new(i64 1, i64 0)
  call void @t(i64 %o)
; CHECK-NEXT: 1
; CHECK-NEXT: 1
; CHECK-NEXT: 1
; CHECK-NEXT: 1
; CHECK-NEXT: 1
; CHECK-NEXT: 1
; CHECK-NEXT: 1
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
}

define internal void @t(i64 %v) {
  %r = call i64 @rt_value_truthy(i64 %v)
  call void @pi(i64 %r)
  ret void
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
declare i64 @rt_value_float(double)
declare i64 @rt_value_truthy(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_set(i64, i64, i64)
declare i64 @rt_object_new(i64, i64)
