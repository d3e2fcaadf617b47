; Test that Simple's generic collection functions (rt_len, rt_index_get/set, rt_contains, rt_slice with a step, rt_array_first/last, rt_dict_entries) dispatch on the collection's kind when called from IR, and that a wrong kind records an error naming the function.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@.s = private constant [5 x i8] c"hello"
@.ll = private constant [2 x i8] c"ll"

define i32 @main() {
  %arr = call i64 @rt_array_new(i64 0)
  br label %fill
fill:
  %i = phi i64 [ 0, %0 ], [ %next, %fill ]
  %v = call i64 @rt_value_int(i64 %i)
  call i64 @rt_array_push(i64 %arr, i64 %v)
  %next = add i64 %i, 1
  %more = icmp slt i64 %next, 6
  br i1 %more, label %fill, label %done
done:
  %n = call i64 @rt_len(i64 %arr)
  call void @pi(i64 %n)
; CHECK: 6
  %back = call i64 @rt_slice(i64 %arr, i64 5, i64 0, i64 -2)
  call void @rt_println_value(i64 %back)
; CHECK-NEXT: [5, 3, 1]
  %first = call i64 @rt_array_first(i64 %arr)
  %last = call i64 @rt_array_last(i64 %arr)
  call void @rt_println_value(i64 %first)
  call void @rt_println_value(i64 %last)
; CHECK-NEXT: 0
; CHECK-NEXT: 5
  %s = call i64 @rt_string_new(ptr @.s, i64 5)
  %idx1 = call i64 @rt_value_int(i64 1)
  %byte = call i64 @rt_index_get(i64 %s, i64 %idx1)
  call void @rt_println_value(i64 %byte)
; CHECK-NEXT: 101
  %sub = call i64 @rt_string_new(ptr @.ll, i64 2)
  %has = call i64 @rt_contains(i64 %s, i64 %sub)
  call void @pi(i64 %has)
; CHECK-NEXT: 1
  %d = call i64 @rt_dict_new(i64 0)
  call i64 @rt_index_set(i64 %d, i64 %s, i64 %idx1)
  call i64 @rt_index_set(i64 %d, i64 %sub, i64 %last)
  %entries = call i64 @rt_dict_entries(i64 %d)
  call void @rt_println_value(i64 %entries)
; CHECK-NEXT: [("hello", 1), ("ll", 5)]
  call void @err()
; CHECK-NEXT: error 0:
  %bad = call i64 @rt_len(i64 %idx1)
  call void @pi(i64 %bad)
; CHECK-NEXT: -1
  call void @err()
; CHECK-NEXT: error 2: rt_len: {{.+}}
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
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
declare i64 @rt_array_first(i64)
declare i64 @rt_array_last(i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_dict_new(i64)
declare i64 @rt_dict_entries(i64)
declare i64 @rt_len(i64)
declare i64 @rt_index_get(i64, i64)
declare i64 @rt_index_set(i64, i64, i64)
declare i64 @rt_contains(i64, i64)
declare i64 @rt_slice(i64, i64, i64, i64)
