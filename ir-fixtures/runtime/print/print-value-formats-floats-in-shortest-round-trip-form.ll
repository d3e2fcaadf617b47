; Test that floats print in the shortest form that reads back to the same value, always with a '.', an exponent, inf or nan.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  call void @pf(double 1.0)
; CHECK: 1.0
  call void @pf(double 0.1)
; CHECK-NEXT: 0.1
  call void @pf(double 1.0e20)
; CHECK-NEXT: 1e+20
  call void @pf(double -2.5)
; CHECK-NEXT: -2.5
  call void @pf(double 0.0)
; CHECK-NEXT: 0.0
  call void @pf(double 0x7FF0000000000000)
; CHECK-NEXT: inf
  call void @pf(double 0xFFF0000000000000)
; CHECK-NEXT: -inf
  call void @pf(double 0x7FF8000000000000)
; CHECK-NEXT: nan
  call void @pf(double 1.25e-7)
; CHECK-NEXT: 1.25e-07
  call void @pf(double 123456.5)
; CHECK-NEXT: 123456.5
  ret i32 0
}

; Prints a double as a float value.
define internal void @pf(double %x) {
  %v = call i64 @rt_value_float(double %x)
  call void @rt_println_value(i64 %v)
  ret void
}

declare i64 @rt_value_float(double)
declare void @rt_println_value(i64)
