# `cmake --install <build> [--prefix P]`: the tool, the public headers, the
# libraries of the embedding API and a CMake package, so that a project does
#
#   find_package(SimpleJit REQUIRED)
#   target_link_libraries(app PRIVATE SimpleJit::jit)      # or SimpleJit::runtime
#
# Layout under the prefix (GNUInstallDirs):
#   bin/simple-jit
#   include/simple/*.h, runtime_abi.def    the runtime's public headers
#   include/simple/jit/*.h                 the engine's public headers (no LLVM)
#   lib/libsimple_runtime.a, libsimple_jit.a
#   lib/cmake/SimpleJit/                   config, version and targets files
#
# Both libraries are static. The JIT registers the runtime's functions by
# address from the ABI table compiled into libsimple_runtime.a, so nothing is
# looked up at run time: a program linked against the installed libraries (and
# the installed tool) needs no file of the build or source tree. LLVM, bdwgc,
# Threads (and TBB and Boost when the runtime links them) are not installed;
# the package config finds them (the same LLVM major.minor as this build) and
# the exported targets link them.
include(CMakePackageConfigHelpers)

set(SIMPLE_CMAKE_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/SimpleJit)

set(SIMPLE_INSTALLED_TARGETS simple_runtime)
if(NOT SIMPLE_RUNTIME_ONLY)
  list(APPEND SIMPLE_INSTALLED_TARGETS simple_jit simple-jit)
endif()
install(TARGETS ${SIMPLE_INSTALLED_TARGETS}
  EXPORT SimpleJitTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})

# Exactly the public include folders: every header there is part of the API
# (and includes only its siblings and the standard library); the private
# headers next to the sources, which include LLVM, stay behind.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/include/simple
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h" PATTERN "*.def")
if(NOT SIMPLE_RUNTIME_ONLY)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/jit/include/simple/jit
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/simple
    FILES_MATCHING PATTERN "*.h")
endif()

install(EXPORT SimpleJitTargets
  NAMESPACE SimpleJit::
  FILE SimpleJitTargets.cmake
  DESTINATION ${SIMPLE_CMAKE_PACKAGE_DIR})

# Filled into the config: whether the JIT (and so LLVM) is part of the package.
if(SIMPLE_RUNTIME_ONLY)
  set(SIMPLE_PACKAGE_HAS_JIT OFF)
else()
  set(SIMPLE_PACKAGE_HAS_JIT ON)
endif()

# Every imported target the exported libraries link (PRIVATE ones too: the
# libraries are static, so a program links them) must be found by the config
# before it loads the targets. This maps each one to its find_dependency; a
# dependency added to the libraries that is not handled here stops the
# configuration, so the package cannot silently go stale.
set(SIMPLE_PACKAGE_NEEDS_TBB OFF)
set(SIMPLE_PACKAGE_BOOST_COMPONENTS "")
foreach(library simple_runtime simple_jit)
  if(NOT TARGET ${library})
    continue()
  endif()
  get_target_property(links ${library} INTERFACE_LINK_LIBRARIES)
  foreach(link IN LISTS links)
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
    if(link STREQUAL "Threads::Threads" OR link STREQUAL "PkgConfig::BDWGC"
       OR link MATCHES "^SimpleJit::")
      # always found by the config, or exported with it
    elseif(link MATCHES "^TBB::")
      set(SIMPLE_PACKAGE_NEEDS_TBB ON)
    elseif(link MATCHES "^Boost::(.+)$")
      list(APPEND SIMPLE_PACKAGE_BOOST_COMPONENTS ${CMAKE_MATCH_1})
    elseif(link MATCHES "::")
      message(FATAL_ERROR "${library} links ${link}, which cmake/SimpleJitConfig.cmake.in "
                          "does not find: add a find_dependency for it there and here")
    endif()
    # Anything else: LLVM's libraries (found with LLVM), this project's own
    # targets, or plain system library names the linker finds.
  endforeach()
endforeach()
list(REMOVE_DUPLICATES SIMPLE_PACKAGE_BOOST_COMPONENTS)
list(JOIN SIMPLE_PACKAGE_BOOST_COMPONENTS " " SIMPLE_PACKAGE_BOOST_COMPONENTS)
configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/SimpleJitConfig.cmake.in
  ${PROJECT_BINARY_DIR}/package/SimpleJitConfig.cmake
  INSTALL_DESTINATION ${SIMPLE_CMAKE_PACKAGE_DIR})
# 0.x: a minor version may change the API, so only the same major.minor matches.
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/package/SimpleJitConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/package/SimpleJitConfig.cmake
  ${PROJECT_BINARY_DIR}/package/SimpleJitConfigVersion.cmake
  DESTINATION ${SIMPLE_CMAKE_PACKAGE_DIR})
