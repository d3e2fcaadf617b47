; Test that rt_closure_new with a negative capture count or one above 2^28 returns nil and records a bad-argument error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
  %a = call i64 @rt_closure_new(ptr null, i64 -1)
  call void @rt_println_value(i64 %a)
; CHECK: nil
  call void @err()
; CHECK-NEXT: error 4: rt_closure_new: {{.+}}
  %b = call i64 @rt_closure_new(ptr null, i64 268435457)
  %bn = call i64 @rt_value_is_nil(i64 %b)
  call void @pi(i64 %bn)
; CHECK-NEXT: 1
  call void @err()
; CHECK-NEXT: error 4: rt_closure_new: {{.+}}
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
declare i64 @rt_value_is_nil(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_closure_new(ptr, i64)
