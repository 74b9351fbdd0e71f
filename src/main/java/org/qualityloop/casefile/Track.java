package org.qualityloop.casefile;

/** 分类处理: rectify only, rectify and open a penalty case, or transfer to the judicial organs. */
public enum Track {
    GENERAL,
    SERIOUS,
    CRIMINAL
}
