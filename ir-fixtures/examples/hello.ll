; Test that a hello world prints through the runtime.
; RUN: %simple-jit %s | FileCheck %s
; CHECK: Hello, world!
; CHECK-NEXT: 42

@greeting = private constant [13 x i8] c"Hello, world!"

declare void @rt_println_str(ptr, i64)
declare i64 @rt_value_int(i64)
declare void @rt_println_value(i64)

define i32 @main() {
  call void @rt_println_str(ptr @greeting, i64 13)
  %answer = call i64 @rt_value_int(i64 42)
  call void @rt_println_value(i64 %answer)
  ret i32 0
}
