package org.qualityloop.delivery;

/** 直接送达, 留置送达, 邮寄送达, 电子送达, 公告送达. */
public enum ServiceMethod {
    DIRECT,
    LEFT,
    POSTAL,
    ELECTRONIC,
    ANNOUNCEMENT
}
