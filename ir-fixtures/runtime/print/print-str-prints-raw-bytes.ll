; Test that rt_print_str prints exactly len bytes (an embedded NUL included, a shorter len cutting the text) and rt_println_str adds a newline.
; RUN: %simple-jit %s | od -An -c | tr -s ' ' | FileCheck --match-full-lines %s
; CHECK: a b c \0 d a b \n \n

@s = private constant [5 x i8] c"abc\00d"

define i32 @main() {
  call void @rt_print_str(ptr @s, i64 5)
  call void @rt_println_str(ptr @s, i64 2)
  call void @rt_println_str(ptr null, i64 0)
  ret i32 0
}

declare void @rt_print_str(ptr, i64)
declare void @rt_println_str(ptr, i64)
