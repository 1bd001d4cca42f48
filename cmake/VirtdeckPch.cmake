# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers: the Qt headers every translation unit parses again are parsed once per
# target (models, views, app) and once for all ~80 test executables, which share one PCH through
# REUSE_FROM. bench/README.md ("Build time") has the figures. -DVIRTDECK_PCH=OFF turns it off
# (then a file that forgot an include shows it).
option(VIRTDECK_PCH "Precompile the Qt headers (libraries, app, tests)" ON)

# The headers most files include (counted over models/, views/, tests/); a header here costs
# every file of the target a little, so only widely used ones.
set(VIRTDECK_PCH_CORE
  <QString> <QStringList> <QList> <QHash> <QSet> <QVariant> <QObject> <QCoreApplication>
  <QMetaType> <QDateTime> <QLocale> <QFile> <QFileInfo> <QDir> <QLoggingCategory> <QTimer>
  <QAbstractTableModel> <QSettings> <QUuid> <QElapsedTimer>
  <functional> <memory> <vector>)
set(VIRTDECK_PCH_WIDGETS
  <QWidget> <QDialog> <QDialogButtonBox> <QLabel> <QPushButton> <QVBoxLayout> <QHBoxLayout>
  <QFormLayout> <QLineEdit> <QComboBox> <QCheckBox> <QSpinBox> <QMessageBox> <QHeaderView>
  <QTableView> <QMenu> <QPlainTextEdit>)
set(VIRTDECK_PCH_TEST
  <QTest> <QSignalSpy> <QTemporaryDir> <QProcess> <QAbstractItemModelTester>)

# ccache caches PCH builds only with these sloppinesses; set for the launcher, not in the
# machine's ccache.conf (docs/architecture.md, "Build time").
if(VIRTDECK_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
    CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
    ${CMAKE_CXX_COMPILER_LAUNCHER})
  # ccache's preprocessor mode (its fallback after a direct-mode miss) needs this with a PCH.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-fpch-preprocess)
  endif()
endif()

# A library or the app precompiles its own headers: core (models) or core + widgets.
function(virtdeck_pch target kind)
  if(NOT VIRTDECK_PCH)
    return()
  endif()
  set(headers ${VIRTDECK_PCH_CORE})
  if(kind STREQUAL "widgets")
    list(APPEND headers ${VIRTDECK_PCH_WIDGETS})
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# The two PCHs the tests reuse, made in tests/ so that QtTest's QT_TESTCASE_BUILDDIR and
# QT_TESTCASE_SOURCEDIR are the tests' own: gcc takes a PCH only when every macro it was built
# with is defined the same way (otherwise it warns "not used because" and parses the headers).
# REUSE_FROM is for gcc only: clang rejects a PCH over any macro difference.
function(virtdeck_add_test_pchs)
  if(NOT VIRTDECK_PCH OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  set(stub ${CMAKE_CURRENT_BINARY_DIR}/virtdeck_pch_stub.cpp)
  file(CONFIGURE OUTPUT ${stub} CONTENT "// Only here so that the target has a PCH to build.\n")
  foreach(kind core widgets)
    set(target virtdeck_pch_tests_${kind})
    add_library(${target} OBJECT ${stub})
    set_target_properties(${target} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    # Qt6::Gui: the models link it publicly, so every test of theirs has QT_GUI_LIB defined.
    target_link_libraries(${target} PRIVATE Qt6::Core Qt6::Gui Qt6::Sql Qt6::Test
                                            virtdeck_settings)
    set(headers ${VIRTDECK_PCH_CORE} ${VIRTDECK_PCH_TEST})
    if(kind STREQUAL "widgets")
      target_link_libraries(${target} PRIVATE Qt6::Widgets Qt6::Charts)
      list(APPEND headers ${VIRTDECK_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
  endforeach()
endfunction()

# A test reuses the PCH whose macros it has: widgets when it links the views, core when it links
# the models (and so the project's settings); a test with neither builds without one.
function(virtdeck_test_pch target libs)
  if(NOT TARGET virtdeck_pch_tests_core)
    return()
  endif()
  # A test's mocs_compilation.cpp is nearly always empty (its moc is included by the test file):
  # loading the PCH would cost it a second of CPU for nothing.
  set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
    PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
  if("virtdeck_views" IN_LIST libs)
    target_precompile_headers(${target} REUSE_FROM virtdeck_pch_tests_widgets)
  elseif("virtdeck_models" IN_LIST libs OR "virtdeck_wiring" IN_LIST libs)
    target_precompile_headers(${target} REUSE_FROM virtdeck_pch_tests_core)
  endif()
endfunction()
