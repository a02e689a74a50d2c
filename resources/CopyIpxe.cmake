# Copies the iPXE loaders that exist in SOURCE_DIR into DEST_DIR. Missing ones are reported, not fatal:
# the boot policy then chooses among what the folder holds.
foreach(name undionly.kpxe ipxe.pxe ipxe.efi snponly.efi)
    set(src "${SOURCE_DIR}/${name}")
    if(EXISTS "${src}")
        get_filename_component(real "${src}" REALPATH)
        if(EXISTS "${real}")
            file(COPY_FILE "${real}" "${DEST_DIR}/${name}" ONLY_IF_DIFFERENT)
            continue()
        endif()
    endif()
    message(STATUS "iPXE loader ${name} not found in ${SOURCE_DIR}; scripts/run installs it")
endforeach()
