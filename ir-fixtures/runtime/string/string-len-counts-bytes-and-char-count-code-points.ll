; Test that rt_string_len counts bytes while rt_string_char_count counts code points, each stray invalid byte as one.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

; "héllo €" is 10 bytes, 7 code points; the second string is 'a', a stray continuation byte, a lone lead byte, 'b'.
@utf = private constant [10 x i8] c"h\C3\A9llo \E2\82\AC"
@bad = private constant [4 x i8] c"a\80\C3b"

define i32 @main() {
  %s = call i64 @rt_string_new(ptr @utf, i64 10)
  %l = call i64 @rt_string_len(i64 %s)
  call void @pi(i64 %l)
; CHECK: 10
  %c = call i64 @rt_string_char_count(i64 %s)
  call void @pi(i64 %c)
; CHECK-NEXT: 7
  %b = call i64 @rt_string_new(ptr @bad, i64 4)
  %bl = call i64 @rt_string_len(i64 %b)
  call void @pi(i64 %bl)
; CHECK-NEXT: 4
  %bc = call i64 @rt_string_char_count(i64 %b)
  call void @pi(i64 %bc)
; CHECK-NEXT: 3
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
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_len(i64)
declare i64 @rt_string_char_count(i64)
