# Packages: `cpack -G DEB` on Debian, NSIS on Windows (after windeployqt).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/signalboard.desktop DESTINATION share/applications)
if(UNIX AND NOT APPLE)
    # The systemd timer that runs the due scheduled reports (docs/REPORTS.md).
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/signalboard-report-run-due.service
                  ${PROJECT_SOURCE_DIR}/packaging/linux/signalboard-report-run-due.timer
            DESTINATION lib/systemd/system)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/signalboard.svg
        DESTINATION share/icons/hicolor/scalable/apps)
set(CPACK_PACKAGE_NAME signalboard)
set(CPACK_PACKAGE_VENDOR "Signalboard")
set(CPACK_PACKAGE_CONTACT "Signalboard maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
include(CPack)
