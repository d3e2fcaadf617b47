; Test that a double parameter or result declared as an integer is refused before anything runs, as no adapter can bridge it: each error names the declared and the table's signature, and the exit code is 65.
; RUN: cat %S/Inputs/preamble.ll %s > %t.ll
; RUN: sh -c '%simple-jit --entry=spl_main %t.ll 2>&1; echo "exit=$?"' | FileCheck %s
;
; CHECK-NOT: the module ran
; CHECK: simple-jit: error:
; CHECK-DAG: : 'rt_value_float' is declared as 'i64 (i64)' but the runtime defines 'i64 (double)'
; CHECK-DAG: : 'rt_value_as_float' is declared as 'i64 (i64)' but the runtime defines 'double (i64)'
; CHECK-NOT: the module ran
; CHECK: exit=65

@str = private constant [14 x i8] c"the module ran"

define i64 @spl_main() {
bb0:
  %str_ptr_int = ptrtoint ptr @str to i64
  call void @rt_println_str(i64 %str_ptr_int, i64 14)
  %call = call i64 @rt_value_float(i64 4611686018427387904)
  %call1 = call i64 @rt_value_as_float(i64 %call)
  ret i64 0
}

declare void @rt_println_str(i64, i64)

declare i64 @rt_value_float(i64)

declare i64 @rt_value_as_float(i64)
