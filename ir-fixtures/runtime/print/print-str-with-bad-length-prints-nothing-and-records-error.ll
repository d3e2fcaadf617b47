; Test that rt_print_str prints nothing and records a bad-argument error for a negative length or a null pointer with a positive length.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@s = private constant [3 x i8] c"abc"
@mark = private constant [1 x i8] c"|"

define i32 @main() {
  call void @rt_print_str(ptr @mark, i64 1)
  call void @rt_print_str(ptr @s, i64 -1)
  call void @rt_println_str(ptr @mark, i64 1)
; CHECK: ||
  call void @err()
; CHECK-NEXT: error 4: rt_print_str: {{.+}}
  call void @rt_println_str(ptr null, i64 3)
  call void @err()
; CHECK-NEXT: error 4: rt_println_str: {{.+}}
  call void @rt_eprint_str(ptr null, i64 3)
  call void @err()
; CHECK-NEXT: error 4: rt_eprint_str: {{.+}}
  ret i32 0
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
declare void @rt_println_str(ptr, i64)
declare void @rt_eprint_str(ptr, i64)
