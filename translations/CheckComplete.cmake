# ctest: every user-visible string in the sources has a finished German translation (TS=steward_de.ts), or every
# plural message its English forms (TS=steward_en.ts, PLURAL_ONLY=ON).
# Runs lupdate over the sources into a copy of the .ts and fails on any unfinished or new message.
file(COPY_FILE ${TS} ${OUT})
set(extra)
if(PLURAL_ONLY)
    set(extra -pluralonly)
endif()
execute_process(COMMAND ${LUPDATE} -silent -no-obsolete -locations none ${extra}
                        -I ${ROOT}/core -I ${ROOT}/ui -I ${ROOT}/app
                        ${ROOT}/core ${ROOT}/ui ${ROOT}/app -ts ${OUT}
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()
file(READ ${OUT} content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} strings are not translated in ${TS}:\n${unfinished}\n"
                        "Run: cmake --build <build> --target update_translations, translate them, commit the .ts")
endif()
message(STATUS "All strings are translated")
