# Installation layout and CPack (DEB now; NSIS for Windows builds).
include(GNUInstallDirs)
install(TARGETS bootcast RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_BINARY_DIR}/app/netboot/ DESTINATION ${CMAKE_INSTALL_DATADIR}/bootcast/netboot)
install(FILES ${PROJECT_SOURCE_DIR}/resources/bootcast.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/bootcast.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME "bootcast")
set(CPACK_PACKAGE_VENDOR "Bootcast developers")
set(CPACK_PACKAGE_CONTACT "Bootcast developers <dev@bootcast.example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libcap2-bin")
# postinst grants the binary the capability to bind ports below 1024 (DHCP, TFTP, HTTP).
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${CMAKE_CURRENT_LIST_DIR}/postinst")
set(CPACK_GENERATOR "DEB")
if(WIN32)
    set(CPACK_GENERATOR "NSIS")
endif()
include(CPack)
