; Test that rt_value_eq compares tuples that contain themselves without looping, and rt_value_hash of a deeply nested tuple terminates.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

define i32 @main() {
entry:
  ; a = (1, a), b = (1, b)
  %a = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %a, i64 0, i64 8)
  call i64 @rt_tuple_set(i64 %a, i64 1, i64 %a)
  %b = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %b, i64 0, i64 8)
  call i64 @rt_tuple_set(i64 %b, i64 1, i64 %b)
  %ab = call i64 @rt_value_eq(i64 %a, i64 %b)
  call void @pi(i64 %ab)
; CHECK: 1
  %aa = call i64 @rt_value_eq(i64 %a, i64 %a)
  call void @pi(i64 %aa)
; CHECK-NEXT: 1
  ; c = (2, c) differs from a
  %c = call i64 @rt_tuple_new(i64 2)
  call i64 @rt_tuple_set(i64 %c, i64 0, i64 16)
  call i64 @rt_tuple_set(i64 %c, i64 1, i64 %c)
  %ac = call i64 @rt_value_eq(i64 %a, i64 %c)
  call void @pi(i64 %ac)
; CHECK-NEXT: 0
  %ha = call i64 @rt_value_hash(i64 %a)
  %hb = call i64 @rt_value_hash(i64 %b)
  %same = icmp eq i64 %ha, %hb
  %sv = zext i1 %same to i64
  call void @pi(i64 %sv)
; CHECK-NEXT: 1
  br label %nest
nest:
  ; 100000 nested 1-tuples
  %i = phi i64 [ 0, %entry ], [ %n, %nest ]
  %inner = phi i64 [ 3, %entry ], [ %t, %nest ]
  %t = call i64 @rt_tuple_new(i64 1)
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 %inner)
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 100000
  br i1 %d, label %out, label %nest
out:
  %h = call i64 @rt_value_hash(i64 %t)
  %h2 = call i64 @rt_value_hash(i64 %t)
  %hs = icmp eq i64 %h, %h2
  %hsv = zext i1 %hs to i64
  call void @pi(i64 %hsv)
; CHECK-NEXT: 1
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
declare i64 @rt_value_eq(i64, i64)
declare i64 @rt_value_hash(i64)
declare void @rt_print_value(i64)
declare void @rt_println_value(i64)
declare void @rt_print_str(ptr, i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
