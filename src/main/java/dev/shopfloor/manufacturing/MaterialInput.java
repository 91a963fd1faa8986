package dev.shopfloor.manufacturing;

/** A material to put on a task: how many whole units of a catalog SKU it consumes on entering {@code stage}. */
public record MaterialInput(String materialSku, int quantity, String stage) {}
