; Test that the last-error record is per thread: an error on another thread is not seen by main, and main's error is not seen there.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

declare i32 @pthread_create(ptr, ptr, ptr, ptr)
declare i32 @pthread_join(i64, ptr)

define internal ptr @worker(ptr %arg) {
  ; main's error is not visible here
  call void @err()
  %x = call i64 @rt_tuple_len(i64 16)
  %c = call i64 @rt_error_code()
  call void @pi(i64 %c)
  ret ptr null
}

define i32 @main() {
  %t = alloca i64
  %x = call i64 @rt_array_len(i64 16)
  %r = call i32 @pthread_create(ptr %t, ptr null, ptr @worker, ptr null)
  %tid = load i64, ptr %t
  call i32 @pthread_join(i64 %tid, ptr null)
; CHECK: error 0:
; CHECK-NEXT: 2
  ; main still has its own error, from rt_array_len
  call void @err()
; CHECK-NEXT: error 2: rt_array_len: {{.+}}
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
declare i64 @rt_array_len(i64)
declare i64 @rt_tuple_len(i64)
