; Test that rt_value_float stores the top 61 bits of the double with tag 2 and rt_value_as_float reads them back.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  ; 1.5 is 0x3FF8000000000000, so its value is 0x3FF8000000000002.
  %a = call i64 @rt_value_float(double 1.5)
  %ok = icmp eq i64 %a, u0x3FF8000000000002
  %okv = zext i1 %ok to i64
  call void @pi(i64 %okv)
; CHECK: 1
  ; The double with mantissa ...07 loses its low 3 bits: 0x3FF0000000000007 -> 0x3FF0000000000002.
  %d = bitcast i64 u0x3FF0000000000007 to double
  %b = call i64 @rt_value_float(double %d)
  %ok2 = icmp eq i64 %b, u0x3FF0000000000002
  %ok2v = zext i1 %ok2 to i64
  call void @pi(i64 %ok2v)
; CHECK-NEXT: 1
  %back = call double @rt_value_as_float(i64 %b)
  %backbits = bitcast double %back to i64
  %ok3 = icmp eq i64 %backbits, u0x3FF0000000000000
  %ok3v = zext i1 %ok3 to i64
  call void @pi(i64 %ok3v)
; CHECK-NEXT: 1
  ; Values print as floats.
  call void @rt_println_value(i64 %a)
; CHECK-NEXT: 1.5
  %neg = call i64 @rt_value_float(double -2.25)
  %negback = call double @rt_value_as_float(i64 %neg)
  call void @pf(double %negback)
; CHECK-NEXT: -2.25
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

; Prints a double as a float value.
define internal void @pf(double %x) {
  %v = call i64 @rt_value_float(double %x)
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
declare double @rt_value_as_float(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
