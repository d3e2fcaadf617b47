; Test that rt_value_eq, rt_value_hash, dict lookup and rt_to_string handle tuples nested 200000 deep without overflowing the stack.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

; (((...(1)...))) nested depth times
define internal i64 @chain(i64 %depth) {
entry:
  br label %nest
nest:
  %i = phi i64 [ 0, %entry ], [ %n, %nest ]
  %inner = phi i64 [ 8, %entry ], [ %t, %nest ]
  %t = call i64 @rt_tuple_new(i64 1)
  call i64 @rt_tuple_set(i64 %t, i64 0, i64 %inner)
  %n = add i64 %i, 1
  %d = icmp eq i64 %n, %depth
  br i1 %d, label %out, label %nest
out:
  ret i64 %t
}

define i32 @main() {
  %a = call i64 @chain(i64 200000)
  %b = call i64 @chain(i64 200000)
  %c = call i64 @chain(i64 199999)
  %ab = call i64 @rt_value_eq(i64 %a, i64 %b)
  call void @pi(i64 %ab)
; CHECK: 1
  %ac = call i64 @rt_value_eq(i64 %a, i64 %c)
  call void @pi(i64 %ac)
; CHECK-NEXT: 0
  %ha = call i64 @rt_value_hash(i64 %a)
  %hb = call i64 @rt_value_hash(i64 %b)
  %s = icmp eq i64 %ha, %hb
  %sv = zext i1 %s to i64
  call void @pi(i64 %sv)
; CHECK-NEXT: 1
  %d = call i64 @rt_dict_new(i64 0)
  call i64 @rt_dict_set(i64 %d, i64 %a, i64 8)
  %g = call i64 @rt_dict_get(i64 %d, i64 %b)
  call void @rt_println_value(i64 %g)
; CHECK-NEXT: 1
  %str = call i64 @rt_to_string(i64 %a)
  ; (how much of a very deep form is printed is the runtime's choice; it must not crash)
  %tn = call i64 @rt_value_type_name(i64 %str)
  call void @rt_println_value(i64 %tn)
; CHECK-NEXT: string
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
declare i64 @rt_string_len(i64)
declare i64 @rt_to_string(i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_get(i64, i64)
declare i64 @rt_dict_set(i64, i64, i64)

declare i64 @rt_value_type_name(i64)
