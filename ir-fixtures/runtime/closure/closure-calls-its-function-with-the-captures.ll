; Test that a closure holds its function pointer and captures (nil at first), and the IR calls the function with the closure to read them.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

; adder(closure, x) = capture 0 + x
define internal i64 @adder(i64 %self, i64 %x) {
  %c = call i64 @rt_closure_get_capture(i64 %self, i64 0)
  %ci = call i64 @rt_value_as_int(i64 %c)
  %xi = call i64 @rt_value_as_int(i64 %x)
  %s = add i64 %ci, %xi
  %r = call i64 @rt_value_int(i64 %s)
  ret i64 %r
}

define i32 @main() {
  %c = call i64 @rt_closure_new(ptr @adder, i64 2)
  %unset = call i64 @rt_closure_get_capture(i64 %c, i64 1)
  call void @rt_println_value(i64 %unset)
; CHECK: nil
  %ok = call i64 @rt_closure_set_capture(i64 %c, i64 0, i64 800)
  call void @pi(i64 %ok)
; CHECK-NEXT: 1
  %ok2 = call i64 @rt_closure_set_capture(i64 %c, i64 -1, i64 11)
  %last = call i64 @rt_closure_get_capture(i64 %c, i64 1)
  call void @rt_println_value(i64 %last)
; CHECK-NEXT: true
  %fp = call ptr @rt_closure_func_ptr(i64 %c)
  %same = icmp eq ptr %fp, @adder
  %samev = zext i1 %same to i64
  call void @pi(i64 %samev)
; CHECK-NEXT: 1
  %r = call i64 %fp(i64 %c, i64 16)
  call void @rt_println_value(i64 %r)
; CHECK-NEXT: 102
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
declare i64 @rt_value_as_int(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_closure_new(ptr, i64)
declare i64 @rt_closure_set_capture(i64, i64, i64)
declare i64 @rt_closure_get_capture(i64, i64)
declare ptr @rt_closure_func_ptr(i64)
