# Packages: `cpack -G DEB` on Debian and Ubuntu, `cpack -G NSIS` on Windows.
# Included from the root CMakeLists.txt after src/, so the program targets exist here.
# The package test (tests/packaging/check_deb.sh, CTest label "package") builds the .deb and
# checks its files, desktop entry, AppStream metainfo and lintian.

# The project's web address: the package's Homepage, the AppStream <url>, and the base of the
# published screenshots (<homepage>/screenshots/<name>.png are the PNGs of docs/screenshots/).
set(SIGNALBOARD_HOMEPAGE_URL "https://signalboard.example.org" CACHE STRING
    "The project's home page (package Homepage, AppStream url and screenshots)")
set(SIGNALBOARD_MAINTAINER "Signalboard maintainers <maintainers@signalboard.example.org>"
    CACHE STRING "The package maintainer, as \"Name <email>\"")
# The reverse-DNS application id: the desktop file's and the AppStream component's name.
set(SB_APP_ID org.signalboard.Signalboard)
# SPDX identifier of the project's licence (packaging/linux/copyright holds the text).
set(SB_LICENSE MIT)

set(SB_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(SB_PACKAGING_BINARY_DIR ${PROJECT_BINARY_DIR}/packaging)

if(UNIX AND NOT APPLE)
    # Desktop entry, AppStream metainfo, icons: the freedesktop.org places.
    install(FILES ${SB_PACKAGING_DIR}/linux/${SB_APP_ID}.desktop DESTINATION share/applications)
    configure_file(${SB_PACKAGING_DIR}/linux/${SB_APP_ID}.metainfo.xml.in
                   ${SB_PACKAGING_BINARY_DIR}/${SB_APP_ID}.metainfo.xml @ONLY)
    file(READ ${SB_PACKAGING_BINARY_DIR}/${SB_APP_ID}.metainfo.xml sb_metainfo)
    if(NOT sb_metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
        message(WARNING "packaging/linux/${SB_APP_ID}.metainfo.xml.in has no <release> for "
                        "${PROJECT_VERSION}: add one (newest first) with its date")
    endif()
    install(FILES ${SB_PACKAGING_BINARY_DIR}/${SB_APP_ID}.metainfo.xml DESTINATION share/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/signalboard.svg
            DESTINATION share/icons/hicolor/scalable/apps)
    # The PNG sizes are rendered from resources/icons/signalboard.svg and committed
    # (rsvg-convert -w N -h N); render them again when the SVG changes.
    foreach(size IN ITEMS 16 32 48 64 128 256)
        install(FILES ${SB_PACKAGING_DIR}/icons/${size}x${size}/signalboard.png
                DESTINATION share/icons/hicolor/${size}x${size}/apps)
    endforeach()

    # Man pages and the Debian changelog, compressed as Debian wants them (gzip -9n: no name,
    # no time stamp, so the package is reproducible).
    set(sb_compressed)
    foreach(doc IN ITEMS man/signalboard.1 man/signalboard-cli.1 linux/changelog)
        get_filename_component(name ${doc} NAME)
        set(copy ${SB_PACKAGING_BINARY_DIR}/${name})
        add_custom_command(OUTPUT ${copy}.gz
            COMMAND ${CMAKE_COMMAND} -E copy ${SB_PACKAGING_DIR}/${doc} ${copy}
            COMMAND gzip -9nf ${copy}
            DEPENDS ${SB_PACKAGING_DIR}/${doc}
            COMMENT "Compressing ${doc}"
            VERBATIM)
        list(APPEND sb_compressed ${copy}.gz)
    endforeach()
    add_custom_target(signalboard-package-docs ALL DEPENDS ${sb_compressed})
    install(FILES ${SB_PACKAGING_BINARY_DIR}/signalboard.1.gz
                  ${SB_PACKAGING_BINARY_DIR}/signalboard-cli.1.gz
            DESTINATION share/man/man1)
    install(FILES ${SB_PACKAGING_BINARY_DIR}/changelog.gz ${SB_PACKAGING_DIR}/linux/copyright
            DESTINATION share/doc/signalboard)

    # The systemd timer that runs the due scheduled reports (docs/REPORTS.md), and the system
    # user it runs as (created by the package's postinst through systemd-sysusers).
    install(FILES ${SB_PACKAGING_DIR}/linux/signalboard-report-run-due.service
                  ${SB_PACKAGING_DIR}/linux/signalboard-report-run-due.timer
            DESTINATION lib/systemd/system)
    install(FILES ${SB_PACKAGING_DIR}/linux/signalboard.sysusers DESTINATION lib/sysusers.d
            RENAME signalboard.conf)
endif()

if(WIN32)
    # The Qt DLLs and plugins (platform, SQL drivers, image formats) next to the programs:
    # windeployqt through Qt's deploy script, run at `cmake --install` and so by CPack.
    foreach(program IN ITEMS signalboard signalboard-cli)
        qt_generate_deploy_app_script(TARGET ${program} FILENAME_VARIABLE sb_deploy_script)
        install(SCRIPT ${sb_deploy_script})
    endforeach()
    # The other DLLs the programs link (libsodium, libpq, libxlsxwriter, SQLite): looked up in
    # the bin folders of the build's prefix path (e.g. vcpkg's installed/x64-windows). The
    # PostgreSQL driver plugin's libpq.dll is among them, since the CLI links libpq too.
    set(sb_dll_dirs)
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND sb_dll_dirs ${prefix}/bin)
    endforeach()
    install(TARGETS signalboard signalboard-cli RUNTIME_DEPENDENCY_SET sb_runtime_dlls
            RUNTIME DESTINATION bin)
    install(RUNTIME_DEPENDENCY_SET sb_runtime_dlls
            PRE_EXCLUDE_REGEXES [[api-ms-.*]] [[ext-ms-.*]] [[Qt6.*]]
            POST_EXCLUDE_REGEXES [[.*[/\\][Ss]ystem32[/\\].*]]
            DIRECTORIES ${sb_dll_dirs}
            RUNTIME DESTINATION bin)
    # The compiler's run-time (MSVC redistributable DLLs) next to the programs.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
    configure_file(${SB_PACKAGING_DIR}/linux/copyright ${SB_PACKAGING_BINARY_DIR}/LICENSE.txt
                   COPYONLY)
endif()

set(CPACK_PACKAGE_NAME signalboard)
set(CPACK_PACKAGE_VENDOR "Signalboard")
set(CPACK_PACKAGE_CONTACT "${SIGNALBOARD_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SIGNALBOARD_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description: Debian shows it under the summary (lintian wants one).
set(CPACK_PACKAGE_DESCRIPTION
    "Signalboard is the desktop workstation of a complaint-handling centre.
Supervisors watch complaint volume live, grade incidents, steer tickets
and broadcast to their agents; managers read reports; QA inspectors
spot-check the handled tickets.

Many workstations share one database and see each other's changes within
a fraction of a second: SQLite on one computer, or a shared PostgreSQL
server where each person signs in as their own database role. The
interface is in English and Simplified Chinese.

This package holds the workstation (signalboard), its command line
(signalboard-cli: schema migrations, import and export, complaint
intake, QA samples, reports) and a systemd timer that runs the
scheduled reports.")
set(CPACK_STRIP_FILES ON)

# Debian: the shared-library dependencies are computed by dpkg-shlibdeps (dpkg-dev); the Qt
# plugins the programs load at run time are named here, since no linker sees them.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SIGNALBOARD_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SIGNALBOARD_HOMEPAGE_URL}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")
# Recommends: qtbase's own Chinese strings (dialog buttons). Suggests: a CJK font for the zh_CN
# interface, psql for the PostgreSQL server set-up (packaging/postgres/).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk, postgresql-client")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${SB_PACKAGING_DIR}/linux/postinst)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows: an NSIS installer with a Start menu entry, after the deploy scripts above.
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Signalboard")
set(CPACK_PACKAGE_EXECUTABLES signalboard "Signalboard")
set(CPACK_NSIS_PACKAGE_NAME "Signalboard ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Signalboard")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\signalboard.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${SIGNALBOARD_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${SIGNALBOARD_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${SIGNALBOARD_MAINTAINER}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
if(WIN32)
    set(CPACK_RESOURCE_FILE_LICENSE ${SB_PACKAGING_BINARY_DIR}/LICENSE.txt)
    set(CPACK_GENERATOR NSIS)
elseif(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
