; Test that a variadic declaration of a runtime function is refused before anything runs, as the table's functions are not variadic: the error names both signatures and the exit code is 65.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: sh -c '%simple-jit --entry=spl_main %t.ll 2>&1; echo "exit=$?"' | FileCheck %s
;
; CHECK-NOT: the module ran
; CHECK: simple-jit: error: {{.*}}: 'rt_println_value' is declared as 'void (i64, ...)' but the runtime defines 'void (i64)'
; CHECK-NOT: the module ran
; CHECK: exit=65

@str = private constant [14 x i8] c"the module ran"

define i64 @spl_main() {
bb0:
  %str_ptr_int = ptrtoint ptr @str to i64
  call void @rt_println_str(i64 %str_ptr_int, i64 14)
  call void (i64, ...) @rt_println_value(i64 8, i64 16)
  ret i64 0
}

declare void @rt_println_str(i64, i64)

declare void @rt_println_value(i64, ...)
