; A second module for comdat-any-defined-by-two-modules-keeps-one.ll: defines
; the same comdat-any function and hands out its address as this module sees it.
$shared = comdat any
@from_extra = private constant [18 x i8] c"shared from extra\00"
declare i32 @puts(ptr)
define i32 @shared() comdat {
  call i32 @puts(ptr @from_extra)
  ret i32 0
}
define ptr @shared_address_from_extra() {
  ret ptr @shared
}
