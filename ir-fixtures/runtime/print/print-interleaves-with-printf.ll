; Test that runtime printing goes through C stdio, so it interleaves in order with printf from the same program.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s
; CHECK: 1
; CHECK-NEXT: printf 2
; CHECK-NEXT: 3

@fmt = private constant [11 x i8] c"printf %d\0A\00"
declare i32 @printf(ptr, ...)

define i32 @main() {
  call void @rt_println_value(i64 8)
  call i32 (ptr, ...) @printf(ptr @fmt, i32 2)
  call void @rt_println_value(i64 24)
  ret i32 0
}

declare void @rt_println_value(i64)
