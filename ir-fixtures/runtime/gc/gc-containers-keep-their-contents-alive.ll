; Test that object fields, closure captures, enum payloads, tuple elements and nested arrays keep their heap values alive through 200 collections when only the outer container is held.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@a = private constant [5 x i8] c"field"
@b = private constant [7 x i8] c"capture"
@c = private constant [7 x i8] c"payload"
@d = private constant [7 x i8] c"element"

; Builds [object, closure, enum, tuple] in its own frame; main only holds the outer array.
define internal i64 @build() noinline {
  %outer = call i64 @rt_array_new(i64 0)
  %sa = call i64 @rt_string_new(ptr @a, i64 5)
  %o = call i64 @rt_object_new(i64 1, i64 1)
  call i64 @rt_object_field_set(i64 %o, i64 0, i64 %sa)
  call i64 @rt_array_push(i64 %outer, i64 %o)
  %sb = call i64 @rt_string_new(ptr @b, i64 7)
  %cl = call i64 @rt_closure_new(ptr null, i64 1)
  call i64 @rt_closure_set_capture(i64 %cl, i64 0, i64 %sb)
  call i64 @rt_array_push(i64 %outer, i64 %cl)
  %sc = call i64 @rt_string_new(ptr @c, i64 7)
  %e = call i64 @rt_enum_new(i64 1, i64 1, i64 %sc)
  call i64 @rt_array_push(i64 %outer, i64 %e)
  %sd = call i64 @rt_string_new(ptr @d, i64 7)
  %inner = call i64 @rt_array_new(i64 1)
  call i64 @rt_array_push(i64 %inner, i64 %sd)
  %t = call i64 @rt_tuple_new(i64 1)
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 %inner)
  call i64 @rt_array_push(i64 %outer, i64 %t)
  ret i64 %outer
}

define internal void @churn() noinline {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %n, %loop ]
  %g = call i64 @rt_object_new(i64 2, i64 16)
  %h = call i64 @rt_tuple_new(i64 16)
  call void @rt_gc_collect()
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, 200
  br i1 %d, label %out, label %loop
out:
  ret void
}

define i32 @main() {
  %outer = call i64 @build()
  call void @churn()
  %o = call i64 @rt_array_get(i64 %outer, i64 0)
  %f = call i64 @rt_object_field_get(i64 %o, i64 0)
  call void @rt_println_value(i64 %f)
; CHECK: field
  %cl = call i64 @rt_array_get(i64 %outer, i64 1)
  %cap = call i64 @rt_closure_get_capture(i64 %cl, i64 0)
  call void @rt_println_value(i64 %cap)
; CHECK-NEXT: capture
  %e = call i64 @rt_array_get(i64 %outer, i64 2)
  %p = call i64 @rt_enum_payload(i64 %e)
  call void @rt_println_value(i64 %p)
; CHECK-NEXT: payload
  %t = call i64 @rt_array_get(i64 %outer, i64 3)
  call void @rt_println_value(i64 %t)
; CHECK-NEXT: (["element"])
  call void @err()
; CHECK-NEXT: error 0:
  ret i32 0
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
declare void @rt_gc_collect()
declare i64 @rt_array_new(i64)
declare i64 @rt_array_get(i64, i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_tuple_new(i64)
declare i64 @rt_tuple_set(i64, i64, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_object_new(i64, i64)
declare i64 @rt_object_field_get(i64, i64)
declare i64 @rt_object_field_set(i64, i64, i64)
declare i64 @rt_closure_new(ptr, i64)
declare i64 @rt_closure_set_capture(i64, i64, i64)
declare i64 @rt_closure_get_capture(i64, i64)
declare i64 @rt_enum_new(i64, i64, i64)
declare i64 @rt_enum_payload(i64)
