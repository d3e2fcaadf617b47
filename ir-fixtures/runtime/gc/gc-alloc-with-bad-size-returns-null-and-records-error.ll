; Test that rt_alloc with a negative size or one above 2^31 returns null and records an error, and rt_free of a pointer that is no rt_alloc block records an error.
; RUN: %simple-jit %s | FileCheck --match-full-lines %s

@g = global [16 x i8] zeroinitializer

define i32 @main() {
  %a = call ptr @rt_alloc(i64 -1)
  %an = icmp eq ptr %a, null
  %av = zext i1 %an to i64
  call void @pi(i64 %av)
; CHECK: 1
  call void @err()
; CHECK-NEXT: error 4: rt_alloc: {{.+}}
  %b = call ptr @rt_alloc(i64 2147483649)
  %bn = icmp eq ptr %b, null
  %bv = zext i1 %bn to i64
  call void @pi(i64 %bv)
; CHECK-NEXT: 1
  call void @err()
; CHECK-NEXT: error 4: rt_alloc: {{.+}}
  call void @rt_free(ptr @g)
  call void @err()
; CHECK-NEXT: error {{[0-9]+}}: rt_free: {{.+}}
  ; freeing a block twice: the second is no live block
  %c = call ptr @rt_alloc(i64 32)
  call void @rt_free(ptr %c)
  call void @err()
; CHECK-NEXT: error 0:
  call void @rt_free(ptr %c)
  call void @err()
; CHECK-NEXT: error {{[0-9]+}}: rt_free: {{.+}}
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
declare ptr @rt_alloc(i64)
declare void @rt_free(ptr)
