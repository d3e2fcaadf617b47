; A second module for comdat-nodeduplicate-defined-by-two-modules-is-reported.ll.
$shared = comdat nodeduplicate
define i32 @shared() comdat {
  ret i32 2
}
