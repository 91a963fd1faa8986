package dev.shopfloor.manufacturing;

/** A design file with its bytes, for download. */
public record DesignFileContent(DesignFile file, byte[] content) {}
