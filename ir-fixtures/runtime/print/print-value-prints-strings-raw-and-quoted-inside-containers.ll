; Test that a string prints raw at the top level and quoted with C escapes inside an array, tuple or dict.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@s = private constant [6 x i8] c"a\22b\0Ac\\"

define i32 @main() {
  %str = call i64 @rt_string_new(ptr @s, i64 6)
  call void @rt_println_value(i64 %str)
; CHECK: a"b
; CHECK-NEXT: c\
  %a = call i64 @rt_array_new(i64 2)
  call i64 @rt_array_push(i64 %a, i64 8)
  call i64 @rt_array_push(i64 %a, i64 %str)
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: [1, "a\"b\nc\\"]
  ret i32 0
}

declare void @rt_println_value(i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_string_new(ptr, i64)
