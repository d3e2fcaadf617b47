; Test that rt_to_string returns what rt_print_value prints as a string value, returns a string as itself, and nil with an error for garbage bits.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@q = private constant [2 x i8] c"q\22"

define i32 @main() {
  %i = call i64 @rt_to_string(i64 -336)
  call void @ts(i64 %i)
; CHECK: string -42 3
  %f = call i64 @rt_value_float(double 2.5)
  %fs = call i64 @rt_to_string(i64 %f)
  call void @ts(i64 %fs)
; CHECK-NEXT: string 2.5 3
  %n = call i64 @rt_to_string(i64 3)
  call void @ts(i64 %n)
; CHECK-NEXT: string nil 3
  %s = call i64 @rt_string_new(ptr @q, i64 2)
  %a = call i64 @rt_array_new(i64 2)
  call i64 @rt_array_push(i64 %a, i64 8)
  call i64 @rt_array_push(i64 %a, i64 %s)
  %as = call i64 @rt_to_string(i64 %a)
  call void @ts(i64 %as)
; CHECK-NEXT: string [1, "q\""] 10
  %ss = call i64 @rt_to_string(i64 %s)
  %same = call i64 @rt_string_eq(i64 %ss, i64 %s)
  call void @pi(i64 %same)
; CHECK-NEXT: 1
  call void @err()
; CHECK-NEXT: error 0:
  %bad = call i64 @rt_to_string(i64 u0x7fff12345671)
  call void @rt_println_value(i64 %bad)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 1: rt_to_string: {{.+}}
  ret i32 0
}

; Prints "TYPE TEXT LENGTH".
@sp = private constant [1 x i8] c" "
define internal void @ts(i64 %s) {
  %t = call i64 @rt_value_type_name(i64 %s)
  call void @rt_print_value(i64 %t)
  call void @rt_print_str(ptr @sp, i64 1)
  call void @rt_print_value(i64 %s)
  call void @rt_print_str(ptr @sp, i64 1)
  %l = call i64 @rt_string_len(i64 %s)
  call void @pi(i64 %l)
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
declare i64 @rt_value_type_name(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_len(i64)
declare i64 @rt_string_eq(i64, i64)
declare i64 @rt_to_string(i64)
