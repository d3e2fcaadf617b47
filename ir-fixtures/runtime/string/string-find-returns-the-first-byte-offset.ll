; Test that rt_string_find returns the byte offset of the first occurrence, 0 for an empty needle, -1 when absent, and -1 with an error for a non-string.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@hay = private constant [9 x i8] c"\C3\A9abcabc!"
@bc = private constant [2 x i8] c"bc"
@zz = private constant [2 x i8] c"zz"

define i32 @main() {
  %h = call i64 @rt_string_new(ptr @hay, i64 9)
  %n = call i64 @rt_string_new(ptr @bc, i64 2)
  %z = call i64 @rt_string_new(ptr @zz, i64 2)
  %e = call i64 @rt_string_new(ptr null, i64 0)
  %r1 = call i64 @rt_string_find(i64 %h, i64 %n)
  call void @pi(i64 %r1)
; CHECK: 3
  %r2 = call i64 @rt_string_find(i64 %h, i64 %e)
  call void @pi(i64 %r2)
; CHECK-NEXT: 0
  %r3 = call i64 @rt_string_find(i64 %h, i64 %z)
  call void @pi(i64 %r3)
; CHECK-NEXT: -1
  %r4 = call i64 @rt_string_find(i64 %n, i64 %h)
  call void @pi(i64 %r4)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 0:
  %r5 = call i64 @rt_string_find(i64 %h, i64 8)
  call void @pi(i64 %r5)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 2: rt_string_find: {{.+}}
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
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_find(i64, i64)
