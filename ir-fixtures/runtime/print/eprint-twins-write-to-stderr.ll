; Test that rt_eprint_value, rt_eprintln_value, rt_eprint_str and rt_eprintln_str print like their twins but on stderr.
; RUN: %simple-jit %s 2>/dev/null | FileCheck --match-full-lines --check-prefix=OUT %s
; RUN: %simple-jit %s 2>&1 >/dev/null | FileCheck --match-full-lines --check-prefix=ERR %s
; OUT: out
; OUT-NOT: {{.}}
; ERR: 5[1, 2]
; ERR-NEXT: ab
; ERR-NOT: {{.}}

@out = private constant [3 x i8] c"out"
@ab = private constant [2 x i8] c"ab"

define i32 @main() {
  call void @rt_println_str(ptr @out, i64 3)
  call void @rt_eprint_value(i64 40)
  %a = call i64 @rt_array_new(i64 2)
  call i64 @rt_array_push(i64 %a, i64 8)
  call i64 @rt_array_push(i64 %a, i64 16)
  call void @rt_eprintln_value(i64 %a)
  call void @rt_eprint_str(ptr @ab, i64 1)
  %b = getelementptr i8, ptr @ab, i64 1
  call void @rt_eprintln_str(ptr %b, i64 1)
  ret i32 0
}

declare void @rt_println_str(ptr, i64)
declare void @rt_eprint_value(i64)
declare void @rt_eprintln_value(i64)
declare void @rt_eprint_str(ptr, i64)
declare void @rt_eprintln_str(ptr, i64)
declare i64 @rt_array_new(i64)
declare i64 @rt_array_push(i64, i64)
