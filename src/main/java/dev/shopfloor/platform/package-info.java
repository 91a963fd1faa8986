/** Request context, database access, errors, security, ids and web conventions shared by every module. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.shopfloor.platform;

import org.jspecify.annotations.NullMarked;
