# crm_add_module(<id> NAME <display name> [DEPENDS ids…] [RECOMMENDS ids…]
#                SOURCES files… [PLUGIN_SOURCE file])
#
# Builds, for module <id>:
#   crm_<id>_impl   static library with the module's code, migrations embedded as
#                   Qt resources under :/migrations/<id>/ (tests link this)
#   crm_<id>        the thin Qt plugin (PLUGIN_SOURCE, the module class), whose
#                   metadata JSON is generated here from the declared dependencies
# Dependencies are declared once, here; the module manager reads them from the JSON.
set(CRM_MODULE_INTERFACE_VERSION 1)

function(crm_add_module id)
  cmake_parse_arguments(M "" "NAME;PLUGIN_SOURCE" "DEPENDS;RECOMMENDS;SOURCES" ${ARGN})
  if(NOT M_PLUGIN_SOURCE)
    message(FATAL_ERROR "crm_add_module(${id}): PLUGIN_SOURCE is required")
  endif()

  set(impl crm_${id}_impl)
  add_library(${impl} STATIC ${M_SOURCES})
  target_include_directories(${impl} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${impl} PUBLIC crmcore)

  file(GLOB migrations RELATIVE ${CMAKE_CURRENT_SOURCE_DIR}
       CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/migrations/*.sql)
  if(migrations)
    qt_add_resources(${impl} "crm_${id}_migrations"
      PREFIX "/migrations/${id}" BASE migrations FILES ${migrations})
  endif()

  set(deps "")
  foreach(d IN LISTS M_DEPENDS)
    list(APPEND deps "\"${d}\"")
  endforeach()
  list(JOIN deps ", " deps)
  set(recs "")
  foreach(d IN LISTS M_RECOMMENDS)
    list(APPEND recs "\"${d}\"")
  endforeach()
  list(JOIN recs ", " recs)
  set(json ${CMAKE_CURRENT_BINARY_DIR}/crm_${id}.json)
  file(WRITE ${json}.in "{\n  \"id\": \"${id}\",\n  \"name\": \"${M_NAME}\",\n  \"version\": \"${PROJECT_VERSION}\",\n  \"interfaceVersion\": ${CRM_MODULE_INTERFACE_VERSION},\n  \"depends\": [${deps}],\n  \"recommends\": [${recs}]\n}\n")
  configure_file(${json}.in ${json} COPYONLY)

  set(plugin crm_${id})
  qt_add_plugin(${plugin} SHARED CLASS_NAME ${id}Module)
  target_sources(${plugin} PRIVATE ${M_PLUGIN_SOURCE})
  target_include_directories(${plugin} PRIVATE ${CMAKE_CURRENT_BINARY_DIR})
  target_link_libraries(${plugin} PRIVATE ${impl})
  set_target_properties(${plugin} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${CRM_MODULE_DIR}
    INSTALL_RPATH "$ORIGIN/../..")
  set_property(SOURCE ${M_PLUGIN_SOURCE} APPEND PROPERTY OBJECT_DEPENDS ${json})
  install(TARGETS ${plugin} LIBRARY DESTINATION ${CRM_INSTALL_MODULE_DIR})
  set_property(GLOBAL APPEND PROPERTY CRM_MODULES ${plugin})
endfunction()
