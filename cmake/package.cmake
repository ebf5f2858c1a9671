# Installation and the Debian package (cpack -G DEB): the binary and its git module, both man pages (gzipped, as
# Debian wants them), the bash and fish completions (written by the binary just built, so they list
# exactly its options), the presets as examples, and the copyright and changelog files Debian
# requires. The version is the one of project() in CMakeLists.txt, which `relief --version` prints.
include(GNUInstallDirs)
find_program(GZIP gzip REQUIRED)

set(packaged ${CMAKE_BINARY_DIR}/packaged)
add_custom_command(
  OUTPUT ${packaged}/relief.1.gz ${packaged}/relief-scenario.5.gz ${packaged}/changelog.gz
         ${packaged}/relief.bash ${packaged}/relief.fish
  COMMAND ${CMAKE_COMMAND} -E make_directory ${packaged}
  COMMAND ${GZIP} -9n -c ${CMAKE_SOURCE_DIR}/man/relief.1 > ${packaged}/relief.1.gz
  COMMAND ${GZIP} -9n -c ${CMAKE_SOURCE_DIR}/man/relief-scenario.5 > ${packaged}/relief-scenario.5.gz
  COMMAND ${CMAKE_COMMAND} -DOUT=${packaged}/changelog -DVERSION=${PROJECT_VERSION}
          -P ${CMAKE_SOURCE_DIR}/cmake/changelog.cmake
  COMMAND ${GZIP} -9nf ${packaged}/changelog
  COMMAND $<TARGET_FILE:relief> completion bash > ${packaged}/relief.bash
  COMMAND $<TARGET_FILE:relief> completion fish > ${packaged}/relief.fish
  DEPENDS relief ${CMAKE_SOURCE_DIR}/man/relief.1 ${CMAKE_SOURCE_DIR}/man/relief-scenario.5
          ${CMAKE_SOURCE_DIR}/cmake/changelog.cmake
  COMMENT "Compressing the man pages, writing the completions"
  VERBATIM)
add_custom_target(relief_packaged ALL DEPENDS ${packaged}/relief.1.gz ${packaged}/relief.bash)

install(TARGETS relief RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS relief_git LIBRARY DESTINATION ${RELIEF_MODULE_INSTALL_DIR})
install(FILES ${packaged}/relief.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${packaged}/relief-scenario.5.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
install(FILES ${packaged}/relief.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME relief)
install(FILES ${packaged}/relief.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${RELIEF_PRESETS} DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/copyright ${packaged}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME relief)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "relief maintainers <relief@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "weigh sanctions-relief packages for Belarus against their costs and benefits")
# the long description (CPack puts the summary above it and indents it)
set(CPACK_PACKAGE_DESCRIPTION "relief reads a sanctions-relief scenario in YAML (the relief the
EU would offer Minsk, the concessions it asks and the political context) and
weighs it against the trade-offs of a policy brief: benefits such as
Belarusian sovereignty and lower escalation risk, costs such as a weakened
opposition in exile and loopholes in the Russia sanctions. It prints tables,
CSV, JSON or Markdown, and answers when engagement would pay off.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # relief_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # Depends from dpkg-shlibdeps: libyaml-cpp, libfmt, libc6
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
