# Find cmark-gfm, GitHub's CommonMark library, and its extensions (Debian: libcmark-gfm-dev and
# libcmark-gfm-extensions-dev, which ship no CMake package of their own).
# Defines the imported target CmarkGfm::CmarkGfm (the library with its core extensions).
find_path(CmarkGfm_INCLUDE_DIR cmark-gfm.h)
find_path(CmarkGfm_EXTENSIONS_INCLUDE_DIR cmark-gfm-core-extensions.h)
find_library(CmarkGfm_LIBRARY cmark-gfm)
find_library(CmarkGfm_EXTENSIONS_LIBRARY cmark-gfm-extensions)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(CmarkGfm
  REQUIRED_VARS CmarkGfm_LIBRARY CmarkGfm_EXTENSIONS_LIBRARY CmarkGfm_INCLUDE_DIR
  CmarkGfm_EXTENSIONS_INCLUDE_DIR)
if(CmarkGfm_FOUND AND NOT TARGET CmarkGfm::CmarkGfm)
  add_library(CmarkGfm::Core UNKNOWN IMPORTED)
  set_target_properties(CmarkGfm::Core PROPERTIES IMPORTED_LOCATION "${CmarkGfm_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CmarkGfm_INCLUDE_DIR}")
  add_library(CmarkGfm::CmarkGfm UNKNOWN IMPORTED)
  set_target_properties(CmarkGfm::CmarkGfm PROPERTIES
    IMPORTED_LOCATION "${CmarkGfm_EXTENSIONS_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CmarkGfm_EXTENSIONS_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES CmarkGfm::Core)
endif()
mark_as_advanced(CmarkGfm_INCLUDE_DIR CmarkGfm_EXTENSIONS_INCLUDE_DIR CmarkGfm_LIBRARY
  CmarkGfm_EXTENSIONS_LIBRARY)
