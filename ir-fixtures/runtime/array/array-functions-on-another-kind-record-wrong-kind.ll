; Test that every array function given a dict returns its error value (-1, nil, 0) and records a wrong-kind error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %d = call i64 @rt_dict_new(i64 0)
  call i64 @rt_dict_set(i64 %d, i64 0, i64 0)
  %l = call i64 @rt_array_len(i64 %d)
  call void @pi(i64 %l)
; CHECK: -1
  call void @err()
; CHECK-NEXT: error 2: rt_array_len: {{.+}}
  %g = call i64 @rt_array_get(i64 %d, i64 0)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_array_get: {{.+}}
  %p = call i64 @rt_array_push(i64 %d, i64 8)
  call void @pi(i64 %p)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_array_push: {{.+}}
  %o = call i64 @rt_array_pop(i64 %d)
  call void @rt_println_value(i64 %o)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_array_pop: {{.+}}
  %c = call i64 @rt_array_clear(i64 %d)
  call void @pi(i64 %c)
; CHECK-NEXT: 0
  call void @err()
; CHECK-NEXT: error 2: rt_array_clear: {{.+}}
  ; the dict is untouched
  %dl = call i64 @rt_dict_len(i64 %d)
  call void @pi(i64 %dl)
; CHECK-NEXT: 1
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
declare i64 @rt_array_len(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_pop(i64)
declare i64 @rt_array_clear(i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_len(i64)
declare i64 @rt_dict_set(i64, i64, i64)
