# Find libgit2 (Debian: libgit2-dev) through its pkg-config file when pkg-config is there, else by
# its header and library. Defines the imported target Libgit2::Libgit2.
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_LIBGIT2 QUIET libgit2)
endif()
find_path(Libgit2_INCLUDE_DIR git2.h HINTS ${PC_LIBGIT2_INCLUDE_DIRS})
find_library(Libgit2_LIBRARY git2 HINTS ${PC_LIBGIT2_LIBRARY_DIRS})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Libgit2 REQUIRED_VARS Libgit2_LIBRARY Libgit2_INCLUDE_DIR)
if(Libgit2_FOUND AND NOT TARGET Libgit2::Libgit2)
  add_library(Libgit2::Libgit2 UNKNOWN IMPORTED)
  set_target_properties(Libgit2::Libgit2 PROPERTIES IMPORTED_LOCATION "${Libgit2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${Libgit2_INCLUDE_DIR}")
endif()
mark_as_advanced(Libgit2_INCLUDE_DIR Libgit2_LIBRARY)
