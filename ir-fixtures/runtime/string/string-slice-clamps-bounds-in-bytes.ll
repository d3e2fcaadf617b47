; Test that rt_string_slice takes bytes [start, end) with negative bounds from the end and clamped bounds, and may cut a multi-byte character.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@s = private constant [6 x i8] c"abcdef"
@e = private constant [3 x i8] c"x\C3\A9"

define i32 @main() {
  %s = call i64 @rt_string_new(ptr @s, i64 6)
  call void @sl(i64 %s, i64 1, i64 4)
; CHECK: [bcd]
  call void @sl(i64 %s, i64 -2, i64 100)
; CHECK-NEXT: [ef]
  call void @sl(i64 %s, i64 -100, i64 2)
; CHECK-NEXT: [ab]
  call void @sl(i64 %s, i64 4, i64 2)
; CHECK-NEXT: []
  ; cutting "é" after its first byte leaves 2 bytes
  %x = call i64 @rt_string_new(ptr @e, i64 3)
  %cut = call i64 @rt_string_slice(i64 %x, i64 0, i64 2)
  %cl = call i64 @rt_string_len(i64 %cut)
  call void @pi(i64 %cl)
; CHECK-NEXT: 2
  call void @err()
; CHECK-NEXT: error 0:
  %bad = call i64 @rt_string_slice(i64 40, i64 0, i64 1)
  call void @rt_println_value(i64 %bad)
; CHECK-NEXT: nil
  call void @err()
; CHECK-NEXT: error 2: rt_string_slice: {{.+}}
  ret i32 0
}

@lb = private constant [1 x i8] c"["
@rb = private constant [1 x i8] c"]"
define internal void @sl(i64 %s, i64 %a, i64 %b) {
  %r = call i64 @rt_string_slice(i64 %s, i64 %a, i64 %b)
  call void @rt_print_str(ptr @lb, i64 1)
  call void @rt_print_value(i64 %r)
  call void @rt_println_str(ptr @rb, i64 1)
  ret void
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
declare void @rt_println_str(ptr, i64)
declare i64 @rt_string_new(ptr, i64)
declare i64 @rt_string_len(i64)
declare i64 @rt_string_slice(i64, i64, i64)
